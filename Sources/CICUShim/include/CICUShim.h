// CICUShim: the one place where zhkit talks to ICU's C API.
//
// Why a shim: ICU's headers rename every function with a version suffix through macros
// (urename.h maps ubrk_open to ubrk_open_72) that Swift's Clang importer cannot expand, and
// <unicode/*.h> seen by Swift clashes with the ICU that Foundation bundles. So this header
// includes no ICU header: it declares opaque handles and one cicu_ function per ICU call,
// named after the ICU function it wraps, and shim.c is the only file that includes ICU.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#pragma clang assume_nonnull begin

/// UErrorCode: 0 is success, < 0 a warning, > 0 a failure.
typedef int32_t cicu_status;

typedef struct cicu_break_iterator cicu_break_iterator;      // UBreakIterator
typedef struct cicu_transliterator cicu_transliterator;      // UTransliterator
typedef struct cicu_charset_detector cicu_charset_detector;  // UCharsetDetector

/// u_errorName
const char *cicu_u_errorName(cicu_status status);
/// u_getVersion: the major version of the ICU linked at run time.
int32_t cicu_u_getVersion_major(void);

// MARK: Word breaks (ubrk.h)

/// ubrk_open(UBRK_WORD, locale, NULL, 0, status)
cicu_break_iterator *_Nullable cicu_ubrk_open_word(const char *locale, cicu_status *status);
/// ubrk_setText. ICU keeps the pointer: the text must outlive its use by the iterator.
void cicu_ubrk_setText(cicu_break_iterator *iterator, const uint16_t *text, int32_t length,
                       cicu_status *status);
/// ubrk_first
int32_t cicu_ubrk_first(cicu_break_iterator *iterator);
/// ubrk_next; -1 (UBRK_DONE) when done.
int32_t cicu_ubrk_next(cicu_break_iterator *iterator);
/// ubrk_getRuleStatus: 0 none (spaces, punctuation), 100.. number, 200.. letter,
/// 300.. kana, 400.. ideographic.
int32_t cicu_ubrk_getRuleStatus(cicu_break_iterator *iterator);
/// ubrk_close
void cicu_ubrk_close(cicu_break_iterator *_Nullable iterator);

// MARK: Transliteration (utrans.h)

/// utrans_openU(id, UTRANS_FORWARD, NULL, 0, NULL, status)
cicu_transliterator *_Nullable cicu_utrans_openU(const uint16_t *id, int32_t idLength,
                                                 cicu_status *status);
/// utrans_transUChars over the whole of text[0..<*length]; *length is updated.
void cicu_utrans_transUChars(cicu_transliterator *transliterator, uint16_t *text,
                             int32_t *length, int32_t capacity, cicu_status *status);
/// utrans_close
void cicu_utrans_close(cicu_transliterator *_Nullable transliterator);

// MARK: Charset detection (ucsdet.h)

/// ucsdet_open
cicu_charset_detector *_Nullable cicu_ucsdet_open(cicu_status *status);
/// ucsdet_setText. ICU keeps the pointer: the bytes must outlive detection.
void cicu_ucsdet_setText(cicu_charset_detector *detector, const char *bytes, int32_t length,
                         cicu_status *status);
/// ucsdet_detectAll, flattened: writes up to `capacity` charset names (static strings owned by
/// ICU) and confidences (0-100), best first, and returns how many there were.
int32_t cicu_ucsdet_detectAll(cicu_charset_detector *detector,
                              const char *_Nullable *_Nonnull names, int32_t *confidences,
                              int32_t capacity, cicu_status *status);
/// ucsdet_close
void cicu_ucsdet_close(cicu_charset_detector *_Nullable detector);

// MARK: Conversion to UTF-16 (ucnv.h)

/// ucnv_open + ucnv_toUnicode (flushing) + ucnv_close in one call.
///
/// Converts `length` bytes in `charset` into `target` (capacity `capacity` UTF-16 units; twice
/// the byte count plus 4 always suffices) and returns the number of units written. Strict unless
/// `lossy` is nonzero: the first byte sequence that is not valid in the charset stops the
/// conversion with status U_ILLEGAL_CHAR_FOUND, U_INVALID_CHAR_FOUND or U_TRUNCATED_CHAR_FOUND and
/// its byte offset in *errorOffset. When lossy, such bytes become U+FFFD.
int32_t cicu_ucnv_toUnicode(const char *charset, const char *bytes, int32_t length, int lossy,
                            uint16_t *target, int32_t capacity, int32_t *errorOffset,
                            cicu_status *status);

// MARK: Calendars (ucal.h)

/// The Gregorian date of a day of the Chinese lunar calendar: `lunarMonth` 1-12 (`leap` nonzero
/// for a leap month), `lunarDay` 1-30, in the lunar year that begins in Gregorian year
/// `gregorianYear`. Writes *year, *month (1-12), *day; returns 0, or an ICU error code.
cicu_status cicu_ucal_chineseToGregorian(int32_t gregorianYear, int32_t lunarMonth, int32_t lunarDay,
                                         int32_t leap, int32_t *year, int32_t *month, int32_t *day);

#pragma clang assume_nonnull end

#endif
