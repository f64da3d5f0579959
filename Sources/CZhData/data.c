// Embeds the project's data files. Each file under Corpora/ that the library reads is listed
// once in FILES below; the bytes are the file's as committed (UTF-8 text).
#include "CZhData.h"

#include <string.h>

#pragma clang diagnostic ignored "-Wc23-extensions"


#define FILES(X)                                          \
  X(opencc_st_characters, "lexicons/opencc/STCharacters.txt") \
  X(opencc_st_phrases, "lexicons/opencc/STPhrases.txt")       \
  X(opencc_ts_characters, "lexicons/opencc/TSCharacters.txt") \
  X(opencc_ts_phrases, "lexicons/opencc/TSPhrases.txt")       \
  X(opencc_tw_variants, "lexicons/opencc/TWVariants.txt")     \
  X(opencc_tw_variants_rev_phrases, "lexicons/opencc/TWVariantsRevPhrases.txt") \
  X(opencc_tw_phrases, "lexicons/opencc/TWPhrases.txt")       \
  X(opencc_tw_phrases_rev, "lexicons/opencc/TWPhrasesRev.txt") \
  X(opencc_hk_variants, "lexicons/opencc/HKVariants.txt")     \
  X(opencc_hk_variants_rev_phrases, "lexicons/opencc/HKVariantsRevPhrases.txt") \
  X(t2s_overrides, "lexicons/t2s-overrides.txt") \
  X(tw_hk_overrides, "lexicons/tw-hk-overrides.txt") \
  X(words, "lexicons/words.txt") \
  X(companies, "lexicons/companies.txt") \
  X(company_words, "lexicons/company-words.tsv") \
  X(organizations, "lexicons/organizations.tsv") \
  X(divisions, "gazetteers/divisions.tsv") \
  X(countries, "gazetteers/countries.tsv") \
  X(regions, "gazetteers/regions.tsv") \
  X(place_suffixes, "gazetteers/place-suffixes.tsv") \
  X(sites, "gazetteers/sites.tsv") \
  X(foreign_divisions, "gazetteers/foreign-divisions.tsv")

static const unsigned char opencc_st_characters[] = {
#embed "../../Corpora/lexicons/opencc/STCharacters.txt"
};
static const unsigned char opencc_st_phrases[] = {
#embed "../../Corpora/lexicons/opencc/STPhrases.txt"
};
static const unsigned char opencc_ts_characters[] = {
#embed "../../Corpora/lexicons/opencc/TSCharacters.txt"
};
static const unsigned char opencc_ts_phrases[] = {
#embed "../../Corpora/lexicons/opencc/TSPhrases.txt"
};
static const unsigned char opencc_tw_variants[] = {
#embed "../../Corpora/lexicons/opencc/TWVariants.txt"
};
static const unsigned char opencc_tw_variants_rev_phrases[] = {
#embed "../../Corpora/lexicons/opencc/TWVariantsRevPhrases.txt"
};
static const unsigned char opencc_tw_phrases[] = {
#embed "../../Corpora/lexicons/opencc/TWPhrases.txt"
};
static const unsigned char opencc_tw_phrases_rev[] = {
#embed "../../Corpora/lexicons/opencc/TWPhrasesRev.txt"
};
static const unsigned char opencc_hk_variants[] = {
#embed "../../Corpora/lexicons/opencc/HKVariants.txt"
};
static const unsigned char opencc_hk_variants_rev_phrases[] = {
#embed "../../Corpora/lexicons/opencc/HKVariantsRevPhrases.txt"
};
static const unsigned char t2s_overrides[] = {
#embed "../../Corpora/lexicons/t2s-overrides.txt"
};
static const unsigned char tw_hk_overrides[] = {
#embed "../../Corpora/lexicons/tw-hk-overrides.txt"
};
static const unsigned char words[] = {
#embed "../../Corpora/lexicons/words.txt"
};

static const unsigned char companies[] = {
#embed "../../Corpora/lexicons/companies.txt"
};
static const unsigned char company_words[] = {
#embed "../../Corpora/lexicons/company-words.tsv"
};
static const unsigned char organizations[] = {
#embed "../../Corpora/lexicons/organizations.tsv"
};
static const unsigned char divisions[] = {
#embed "../../Corpora/gazetteers/divisions.tsv"
};

static const unsigned char countries[] = {
#embed "../../Corpora/gazetteers/countries.tsv"
};
static const unsigned char regions[] = {
#embed "../../Corpora/gazetteers/regions.tsv"
};
static const unsigned char sites[] = {
#embed "../../Corpora/gazetteers/sites.tsv"
};
static const unsigned char foreign_divisions[] = {
#embed "../../Corpora/gazetteers/foreign-divisions.tsv"
};
static const unsigned char place_suffixes[] = {
#embed "../../Corpora/gazetteers/place-suffixes.tsv"
};

typedef struct {
  const char *name;
  const unsigned char *bytes;
  size_t length;
} entry;

#define ENTRY(symbol, path) {path, symbol, sizeof symbol},
static const entry entries[] = {FILES(ENTRY)};

const unsigned char *czhdata_file(const char *name, size_t *length) {
  for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
    if (strcmp(entries[i].name, name) == 0) {
      *length = entries[i].length;
      return entries[i].bytes;
    }
  }
  *length = 0;
  return NULL;
}

size_t czhdata_count(void) { return sizeof entries / sizeof entries[0]; }

const char *czhdata_name(size_t index) {
  return index < czhdata_count() ? entries[index].name : "";
}
