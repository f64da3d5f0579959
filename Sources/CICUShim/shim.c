// The only file in zhkit that includes ICU headers: see include/CICUShim.h for why.
#include "CICUShim.h"

#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/uclean.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

const char *cicu_u_errorName(cicu_status status) { return u_errorName((UErrorCode)status); }

int32_t cicu_u_getVersion_major(void) {
  UVersionInfo info;
  u_getVersion(info);
  return info[0];
}

cicu_break_iterator *cicu_ubrk_open_word(const char *locale, cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &code);
  *status = code;
  if (U_FAILURE(code)) {
    ubrk_close(iterator);
    return NULL;
  }
  return (cicu_break_iterator *)iterator;
}

void cicu_ubrk_setText(cicu_break_iterator *iterator, const uint16_t *text, int32_t length,
                       cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
  *status = code;
}

int32_t cicu_ubrk_first(cicu_break_iterator *iterator) {
  return ubrk_first((UBreakIterator *)iterator);
}

int32_t cicu_ubrk_next(cicu_break_iterator *iterator) {
  return ubrk_next((UBreakIterator *)iterator);
}

int32_t cicu_ubrk_getRuleStatus(cicu_break_iterator *iterator) {
  return ubrk_getRuleStatus((UBreakIterator *)iterator);
}

void cicu_ubrk_close(cicu_break_iterator *iterator) {
  if (iterator) ubrk_close((UBreakIterator *)iterator);
}

cicu_transliterator *cicu_utrans_openU(const uint16_t *id, int32_t idLength,
                                       cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *t =
      utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &code);
  *status = code;
  if (U_FAILURE(code)) {
    if (t) utrans_close(t);
    return NULL;
  }
  return (cicu_transliterator *)t;
}

void cicu_utrans_transUChars(cicu_transliterator *transliterator, uint16_t *text,
                             int32_t *length, int32_t capacity, cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars((UTransliterator *)transliterator, (UChar *)text, length, capacity, 0,
                     &limit, &code);
  *status = code;
}

void cicu_utrans_close(cicu_transliterator *transliterator) {
  if (transliterator) utrans_close((UTransliterator *)transliterator);
}

cicu_charset_detector *cicu_ucsdet_open(cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  UCharsetDetector *d = ucsdet_open(&code);
  *status = code;
  if (U_FAILURE(code)) {
    if (d) ucsdet_close(d);
    return NULL;
  }
  return (cicu_charset_detector *)d;
}

void cicu_ucsdet_setText(cicu_charset_detector *detector, const char *bytes, int32_t length,
                         cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  ucsdet_setText((UCharsetDetector *)detector, bytes, length, &code);
  *status = code;
}

int32_t cicu_ucsdet_detectAll(cicu_charset_detector *detector, const char **names,
                              int32_t *confidences, int32_t capacity, cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t found = 0;
  const UCharsetMatch **matches = ucsdet_detectAll((UCharsetDetector *)detector, &found, &code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  int32_t n = found < capacity ? found : capacity;
  for (int32_t i = 0; i < n; i++) {
    names[i] = ucsdet_getName(matches[i], &code);
    confidences[i] = ucsdet_getConfidence(matches[i], &code);
  }
  *status = code;
  return n;
}

void cicu_ucsdet_close(cicu_charset_detector *detector) {
  if (detector) ucsdet_close((UCharsetDetector *)detector);
}

int32_t cicu_ucnv_toUnicode(const char *charset, const char *bytes, int32_t length, int lossy,
                            uint16_t *target, int32_t capacity, int32_t *errorOffset,
                            cicu_status *status) {
  UErrorCode code = U_ZERO_ERROR;
  *errorOffset = -1;
  UConverter *converter = ucnv_open(charset, &code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  if (!lossy) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
  }
  const char *source = bytes;
  UChar *out = (UChar *)target;
  ucnv_toUnicode(converter, &out, (UChar *)target + capacity, &source, bytes + length, NULL, 1,
                 &code);
  if (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND ||
      code == U_TRUNCATED_CHAR_FOUND) {
    char invalid[32];
    int8_t invalidLength = (int8_t)sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
    *errorOffset = (int32_t)(source - bytes) - (U_SUCCESS(ignored) ? invalidLength : 0);
  }
  ucnv_close(converter);
  *status = code;
  return (int32_t)(out - (UChar *)target);
}

cicu_status cicu_ucal_chineseToGregorian(int32_t gregorianYear, int32_t lunarMonth, int32_t lunarDay,
                                         int32_t leap, int32_t *year, int32_t *month, int32_t *day) {
  UErrorCode code = U_ZERO_ERROR;
  static const UChar utc[] = {'U', 'T', 'C', 0};
  UCalendar *chinese = ucal_open(utc, -1, "zh@calendar=chinese", UCAL_DEFAULT, &code);
  UCalendar *gregorian = ucal_open(utc, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &code);
  if (U_FAILURE(code)) {
    if (chinese) ucal_close(chinese);
    if (gregorian) ucal_close(gregorian);
    return code;
  }
  ucal_clear(chinese);
  // ICU counts Chinese extended years from 2637 BCE: the lunar year beginning in Gregorian
  // year Y is extended year Y + 2637.
  ucal_set(chinese, UCAL_EXTENDED_YEAR, gregorianYear + 2637);
  ucal_set(chinese, UCAL_MONTH, lunarMonth - 1);
  ucal_set(chinese, UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
  ucal_set(chinese, UCAL_DATE, lunarDay);
  UDate millis = ucal_getMillis(chinese, &code);
  if (U_SUCCESS(code)) {
    ucal_setMillis(gregorian, millis, &code);
    *year = ucal_get(gregorian, UCAL_YEAR, &code);
    *month = ucal_get(gregorian, UCAL_MONTH, &code) + 1;
    *day = ucal_get(gregorian, UCAL_DATE, &code);
  }
  ucal_close(chinese);
  ucal_close(gregorian);
  return U_FAILURE(code) ? code : 0;
}
