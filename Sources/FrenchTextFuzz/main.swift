import FrenchText
#if canImport(Glibc)
import Glibc
#endif

// The fuzz target: raw bytes through the decoder, the analyser (whole and in blocks) and the
// JSON round trip; any broken invariant (`AnalysisInvariants`) aborts, so libFuzzer keeps the input.
//
//   make fuzz          # libFuzzer, -sanitize=fuzzer,address, build in .build-fuzz, 10 minutes
//   make fuzz-smoke    # 60 s from Fuzz/seeds (the project's own Corpus/ texts)
//
// Built without libFuzzer (plain `swift build`), the same executable replays the files given
// as arguments once each, so a crash file can be checked on any machine:
//   .build/debug/FrenchTextFuzz crash-1234…

let analyzer = FrenchAnalyzer()

/// One input: aborts with the broken invariants.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = AnalysisInvariants.check(bytes: bytes, analyzer: analyzer)
    if !problems.isEmpty {
        for p in problems.prefix(20) { print("invariant broken: \(p)") }
        abort()
    }
    return 0
}

// This file's top-level code is the module's entry point, which SwiftPM compiles as
// `FrenchTextFuzz_main` and links as the program's `main`: under -sanitize=fuzzer it hands
// over to libFuzzer's driver.
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var fuzzArgc = CommandLine.argc
var fuzzArgv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&fuzzArgc, &fuzzArgv) { data, size in fuzzOne(data, size) })
#else
var checked = 0
for path in CommandLine.arguments.dropFirst() {
    guard let file = fopen(path, "rb") else { continue }
    var bytes = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    fclose(file)
    _ = bytes.withUnsafeBufferPointer { fuzzOne($0.baseAddress, $0.count) }
    checked += 1
}
print("FrenchTextFuzz (replay, built without libFuzzer): \(checked) input\(checked == 1 ? "" : "s"), every invariant holds")
#endif
