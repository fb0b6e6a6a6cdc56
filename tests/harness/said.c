#define _GNU_SOURCE
#include "said.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "proc.h"
#include "trace.h"

char *out_text, *err_text;

int iomon_env(char *const env[], const char *a0, ...)
{
    static char dir[64];
    if (!dir[0])
        snprintf(dir, sizeof dir, "%s", trace_scratch());
    char *argv[40] = {(char *)iomon_path()};
    size_t n = 1;
    va_list ap;
    va_start(ap, a0);
    for (const char *a = a0; a && n < 39; a = va_arg(ap, const char *))
        argv[n++] = (char *)a;
    va_end(ap);
    argv[n] = NULL;
    const char *out = path_in(dir, "out"), *err = path_in(dir, "err");
    int rc = wait_exit(spawn_prog(argv, env, -1, out, err), 30000);
    said_free();
    out_text = slurp_file(out);
    err_text = slurp_file(err);
    return rc;
}

void said_free(void)
{
    free(out_text);
    free(err_text);
    out_text = err_text = NULL;
}
