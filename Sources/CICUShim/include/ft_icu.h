#ifndef FT_ICU_H
#define FT_ICU_H
/// Plain C functions over ICU 72. ICU's own names are macros over versioned
/// symbols (ubrk_open -> ubrk_open_72) that Swift cannot import, so FrenchText
/// calls these instead. Text is UTF-16 (uint16_t), as ICU wants it.
#include <stdint.h>

/// Kinds of break iterator.
typedef enum { FT_BREAK_WORD = 0, FT_BREAK_SENTENCE = 1, FT_BREAK_LINE = 2 } ft_break_kind;

/// Opens a break iterator over `text` (not copied: keep it alive).
/// `locale` may carry ICU keywords, e.g. "fr@ss=standard" for sentence-break
/// suppressions after abbreviations. Returns NULL on failure; `error` gets ICU's code.
void *ft_break_open(ft_break_kind kind, const char *locale, const uint16_t *text, int32_t length, int32_t *error);
/// Like ft_break_open, but clones a French iterator of `kind` opened once and kept for the
/// process (ubrk_clone), which skips the locale and rule-data look-up of ubrk_open. Thread-safe.
void *ft_break_open_cached(ft_break_kind kind, const uint16_t *text, int32_t length, int32_t *error);
/// Next boundary (UTF-16 offset) or -1 at the end.
int32_t ft_break_next(void *iterator);
/// The first boundary after `offset` (a UTF-16 offset, 0 <= offset <= length), or -1 past the last one.
/// ICU finds it from a safe point before `offset` (or from the boundaries it keeps of the last calls), so a
/// scan asking for a few boundaries only skips the work of iterating over all of them.
int32_t ft_break_following(void *iterator, int32_t offset);
/// The last boundary before `offset` (0 < offset <= length), or -1 before the first one.
int32_t ft_break_preceding(void *iterator, int32_t offset);
/// 1 when `offset` is a boundary, else 0.
int32_t ft_break_is_boundary(void *iterator, int32_t offset);
/// Rule status of the boundary just returned (word: 0 none, 100 number, 200 letter, 300 kana, 400 ideo).
int32_t ft_break_rule_status(void *iterator);
void ft_break_close(void *iterator);

/// Detects the charset of `bytes`. Writes its name (e.g. "windows-1252") into `name`.
/// Returns the confidence 0-100, or -1 on failure.
int32_t ft_detect_charset(const char *bytes, int32_t length, char *name, int32_t capacity);

/// Every charset ICU's detector finds plausible, best first: up to `max` names, each in its own
/// 32-byte slot of `names`, with their confidences (0-100). Returns how many, or -1 on error.
int32_t ft_detect_charsets(const char *bytes, int32_t length, char *names, int32_t *confidences, int32_t max);
/// Converts `length` bytes in `charset` to UTF-8 into `out`. Returns the number of bytes
/// needed (call again with a larger buffer when it exceeds `capacity`), or -1 on failure.
int32_t ft_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *out, int32_t capacity);

/// Country display name for an ISO 3166 code in `displayLocale` ("fr"). Returns UTF-16 length, or -1.
int32_t ft_display_country(const char *code, const char *displayLocale, uint16_t *out, int32_t capacity);
/// Number of ISO 3166 country codes ICU knows, and the i-th one (2 letters).
int32_t ft_country_count(void);
const char *ft_country_code(int32_t index);

/// Exemplar city of an IANA time-zone id, in `displayLocale` ("fr"): "Europe/Paris" -> "Paris".
/// Returns the UTF-16 length written, or -1.
int32_t ft_timezone_exemplar_city(const uint16_t *zoneID, int32_t zoneLength, const char *displayLocale, uint16_t *out, int32_t capacity);
/// Canonical IANA time-zone ids: count and the i-th (UTF-16, length returned).
int32_t ft_timezone_count(void);
int32_t ft_timezone_id(int32_t index, uint16_t *out, int32_t capacity);

#endif
