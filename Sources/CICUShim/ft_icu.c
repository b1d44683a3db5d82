#include "ft_icu.h"
#include <unicode/ubrk.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uloc.h>
#include <unicode/udat.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>
#include <string.h>
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

int32_t ft_timezone_exemplar_city(const uint16_t *zoneID, int32_t zoneLength, const char *displayLocale, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar pattern[] = {'V', 'V', 'V', 0};
    UDateFormat *f = udat_open(UDAT_PATTERN, UDAT_PATTERN, displayLocale, (const UChar *)zoneID, zoneLength, pattern, 3, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = udat_format(f, 0.0, (UChar *)out, capacity, NULL, &status);
    udat_close(f);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return n;
}

static UEnumeration *zones(void) {
    UErrorCode status = U_ZERO_ERROR;
    return ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &status);
}

int32_t ft_timezone_count(void) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *e = zones();
    if (!e) return 0;
    int32_t n = uenum_count(e, &status);
    uenum_close(e);
    return U_FAILURE(status) ? 0 : n;
}

int32_t ft_timezone_id(int32_t index, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *e = zones();
    if (!e) return -1;
    int32_t len = -1;
    const UChar *id = NULL;
    for (int32_t i = 0; i <= index; i++) {
        id = uenum_unext(e, &len, &status);
        if (!id || U_FAILURE(status)) { uenum_close(e); return -1; }
    }
    int32_t n = len < capacity ? len : capacity;
    memcpy(out, id, (size_t)n * sizeof(UChar));
    uenum_close(e);
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
