#ifndef FT_HUNSPELL_H
#define FT_HUNSPELL_H
/// Plain C functions over Hunspell's C API, for FrenchText's lexicon.

/// Opens a dictionary; NULL when the files cannot be read.
void *ft_hunspell_open(const char *affPath, const char *dicPath);
void ft_hunspell_close(void *handle);
/// 1 when the word is spelled correctly.
int ft_hunspell_spell(void *handle, const char *word);
/// Morphological analyses of `word` (UTF-8), one per line, written into `out` (NUL-terminated).
/// Returns the number of analyses, or -1 when `out` is too small.
int ft_hunspell_analyze(void *handle, const char *word, char *out, int capacity);

#endif
