#include "ft_icu.h"
#include <unicode/ubrk.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uloc.h>
#include <unicode/udat.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <pthread.h>

void *ft_break_open(ft_break_kind kind, const char *locale, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == FT_BREAK_SENTENCE ? UBRK_SENTENCE : (kind == FT_BREAK_LINE ? UBRK_LINE : UBRK_WORD);
    UBreakIterator *it = ubrk_open(type, locale, (const UChar *)text, length, &status);
    if (error) *error = (int32_t)status;
    if (U_FAILURE(status)) { if (it) ubrk_close(it); return NULL; }
    return it;
}

static UBreakIterator *templates[3];
static pthread_once_t template_once = PTHREAD_ONCE_INIT;

static void open_templates(void) {
    for (int k = 0; k < 3; k++) {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIteratorType type = k == FT_BREAK_SENTENCE ? UBRK_SENTENCE : (k == FT_BREAK_LINE ? UBRK_LINE : UBRK_WORD);
        templates[k] = ubrk_open(type, "fr", NULL, 0, &status);
        if (U_FAILURE(status)) templates[k] = NULL;
    }
}

void *ft_break_open_cached(ft_break_kind kind, const uint16_t *text, int32_t length, int32_t *error) {
    pthread_once(&template_once, open_templates);
    UBreakIterator *template = templates[kind];
    if (!template) return ft_break_open(kind, "fr", text, length, error);
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone(template, &status);
    if (U_SUCCESS(status)) ubrk_setText(it, (const UChar *)text, length, &status);
    if (error) *error = (int32_t)status;
    if (U_FAILURE(status)) { if (it) ubrk_close(it); return NULL; }
    return it;
}

int32_t ft_break_next(void *iterator) {
    int32_t b = ubrk_next((UBreakIterator *)iterator);
    return b == UBRK_DONE ? -1 : b;
}

int32_t ft_break_following(void *iterator, int32_t offset) {
    int32_t b = ubrk_following((UBreakIterator *)iterator, offset);
    return b == UBRK_DONE ? -1 : b;
}

int32_t ft_break_preceding(void *iterator, int32_t offset) {
    int32_t b = ubrk_preceding((UBreakIterator *)iterator, offset);
    return b == UBRK_DONE ? -1 : b;
}

int32_t ft_break_is_boundary(void *iterator, int32_t offset) {
    return ubrk_isBoundary((UBreakIterator *)iterator, offset) ? 1 : 0;
}

int32_t ft_break_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }

void ft_break_close(void *iterator) { if (iterator) ubrk_close((UBreakIterator *)iterator); }

int32_t ft_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(det, bytes, length, &status);
    const UCharsetMatch *m = ucsdet_detect(det, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && m) {
        const char *n = ucsdet_getName(m, &status);
        confidence = ucsdet_getConfidence(m, &status);
        if (U_SUCCESS(status) && n && capacity > 0) {
            strncpy(name, n, (size_t)capacity - 1);
            name[capacity - 1] = 0;
        } else confidence = -1;
    }
    ucsdet_close(det);
    return confidence;
}

int32_t ft_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = ucnv_convert("UTF-8", charset, out, capacity, bytes, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return n;
    if (U_FAILURE(status)) return -1;
    return n;
}

int32_t ft_display_country(const char *code, const char *displayLocale, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    char locale[16];
    snprintf(locale, sizeof locale, "und_%s", code);
    int32_t n = uloc_getDisplayCountry(locale, displayLocale, (UChar *)out, capacity, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return n;
}

int32_t ft_country_count(void) {
    const char *const *c = uloc_getISOCountries();
    int32_t n = 0;
    while (c[n]) n++;
    return n;
}

const char *ft_country_code(int32_t index) { return uloc_getISOCountries()[index]; }

/// One date format per process for the exemplar cities (opening one costs a locale and pattern
/// look-up, about 0.1 ms): each call sets the zone on a calendar and formats "VVV" with it, under a lock.
static pthread_mutex_t exemplar_lock = PTHREAD_MUTEX_INITIALIZER;
static UDateFormat *exemplar_format;
static char exemplar_locale[32];

int32_t ft_timezone_exemplar_city(const uint16_t *zoneID, int32_t zoneLength, const char *displayLocale, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar pattern[] = {'V', 'V', 'V', 0};
    pthread_mutex_lock(&exemplar_lock);
    if (exemplar_format && strncmp(exemplar_locale, displayLocale, sizeof exemplar_locale) != 0) {
        udat_close(exemplar_format);
        exemplar_format = NULL;
    }
    if (!exemplar_format && strlen(displayLocale) < sizeof exemplar_locale) {
        exemplar_format = udat_open(UDAT_PATTERN, UDAT_PATTERN, displayLocale, (const UChar *)zoneID, zoneLength, pattern, 3, &status);
        if (U_FAILURE(status)) { if (exemplar_format) udat_close(exemplar_format); exemplar_format = NULL; }
        else strcpy(exemplar_locale, displayLocale);
        status = U_ZERO_ERROR;
    }
    int32_t n = -1;
    if (exemplar_format) {
        UCalendar *cal = ucal_open((const UChar *)zoneID, zoneLength, displayLocale, UCAL_GREGORIAN, &status);
        if (U_SUCCESS(status)) {
            udat_setCalendar(exemplar_format, cal);
            n = udat_format(exemplar_format, 0.0, (UChar *)out, capacity, NULL, &status);
            if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) n = -1;
        }
        if (cal) ucal_close(cal);
    }
    pthread_mutex_unlock(&exemplar_lock);
    return n;
}

/// The canonical location zone ids, read once (one enumeration instead of one per index).
static pthread_once_t zones_once = PTHREAD_ONCE_INIT;
static UChar **zone_ids;
static int32_t *zone_lengths;
static int32_t zone_count;

static void read_zones(void) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *e = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &status);
    if (!e || U_FAILURE(status)) { if (e) uenum_close(e); return; }
    int32_t n = uenum_count(e, &status);
    if (U_FAILURE(status) || n <= 0) { uenum_close(e); return; }
    zone_ids = calloc((size_t)n, sizeof(UChar *));
    zone_lengths = calloc((size_t)n, sizeof(int32_t));
    if (!zone_ids || !zone_lengths) { free(zone_ids); free(zone_lengths); zone_ids = NULL; zone_lengths = NULL; uenum_close(e); return; }
    int32_t i = 0;
    for (; i < n; i++) {
        int32_t len = -1;
        const UChar *id = uenum_unext(e, &len, &status);
        if (!id || U_FAILURE(status) || len < 0) break;
        zone_ids[i] = malloc(((size_t)len + 1) * sizeof(UChar));
        if (!zone_ids[i]) break;
        memcpy(zone_ids[i], id, (size_t)len * sizeof(UChar));
        zone_lengths[i] = len;
    }
    zone_count = i;
    uenum_close(e);
}

int32_t ft_timezone_count(void) {
    pthread_once(&zones_once, read_zones);
    return zone_count;
}

int32_t ft_timezone_id(int32_t index, uint16_t *out, int32_t capacity) {
    pthread_once(&zones_once, read_zones);
    if (index < 0 || index >= zone_count) return -1;
    int32_t len = zone_lengths[index];
    int32_t n = len < capacity ? len : capacity;
    memcpy(out, zone_ids[index], (size_t)n * sizeof(UChar));
    return len;
}

int32_t ft_detect_charsets(const char *bytes, int32_t length, char *names, int32_t *confidences, int32_t max) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(det, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &status);
    int32_t n = 0;
    if (U_SUCCESS(status) && matches) {
        for (int32_t i = 0; i < found && n < max; i++) {
            UErrorCode s = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s);
            int32_t confidence = ucsdet_getConfidence(matches[i], &s);
            if (U_FAILURE(s) || !name) continue;
            strncpy(names + n * 32, name, 31);
            names[n * 32 + 31] = 0;
            confidences[n] = confidence;
            n++;
        }
    } else n = -1;
    ucsdet_close(det);
    return n;
}
