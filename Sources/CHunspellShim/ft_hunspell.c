#include "ft_hunspell.h"
#include <hunspell/hunspell.h>
#include <string.h>

void *ft_hunspell_open(const char *affPath, const char *dicPath) {
    return Hunspell_create(affPath, dicPath);
}

void ft_hunspell_close(void *handle) { if (handle) Hunspell_destroy((Hunhandle *)handle); }

int ft_hunspell_spell(void *handle, const char *word) { return Hunspell_spell((Hunhandle *)handle, word); }

int ft_hunspell_analyze(void *handle, const char *word, char *out, int capacity) {
    char **list = NULL;
    int n = Hunspell_analyze((Hunhandle *)handle, &list, word);
    int used = 0;
    if (capacity > 0) out[0] = 0;
    for (int i = 0; i < n; i++) {
        int len = (int)strlen(list[i]);
        if (used + len + 2 > capacity) { Hunspell_free_list((Hunhandle *)handle, &list, n); return -1; }
        memcpy(out + used, list[i], (size_t)len);
        used += len;
        out[used++] = '\n';
        out[used] = 0;
    }
    if (list) Hunspell_free_list((Hunhandle *)handle, &list, n);
    return n;
}
