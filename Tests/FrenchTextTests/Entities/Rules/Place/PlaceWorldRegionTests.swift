import Testing
@testable import FrenchText

/// World regions named in the news without a country's name (`regions.txt`) are places.
@Suite struct PlaceWorldRegionTests {
    @Test(arguments: [
        ("L’ONG a cité la Tchétchénie parmi les crises oubliées.", "LOC Tchétchénie"),
        ("Les tensions au Cachemire inquiètent New Delhi.", "LOC Cachemire"),
        ("Un accord de paix a été signé en Casamance.", "LOC Casamance"),
    ])
    func aWorldRegionIsAPlace(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }
}
