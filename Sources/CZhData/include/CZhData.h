// CZhData: the project's data files (Corpora/lexicons, Corpora/gazetteers), embedded in the
// binary at build time with C23 #embed, so that a copied zhkit, and any program linking the
// ZhText library, finds them without a data path or a resource bundle.
#ifndef CZHDATA_H
#define CZHDATA_H

#include <stddef.h>

#pragma clang assume_nonnull begin

/// The bytes of the embedded file `name` (its path under Corpora/, e.g.
/// "lexicons/opencc/STPhrases.txt") and their count in *length; NULL when there is no such file.
const unsigned char *_Nullable czhdata_file(const char *name, size_t *length);

/// The number of embedded files, and the name of the i-th (for listings and tests).
size_t czhdata_count(void);
const char *czhdata_name(size_t index);

#pragma clang assume_nonnull end

#endif
