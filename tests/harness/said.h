/* iomon run from a test of its command line (options, help, messages):
 * its exit status, and what it said on stdout and stderr as text. */
#ifndef IOMON_TEST_SAID_H
#define IOMON_TEST_SAID_H

/* The stdout and stderr of the last iomon_env (NUL-terminated; NULL
 * before the first). */
extern char *out_text, *err_text;

/* Runs iomon with the arguments from a0 on (NULL-terminated) and env
 * (NULL: ours), stdin /dev/null: its exit status (-1 if it ran 30 s and
 * was killed), with its stdout and stderr in out_text and err_text (the
 * last run's freed). */
int iomon_env(char *const env[], const char *a0, ...);
#define iomon(...) iomon_env(NULL, __VA_ARGS__, (const char *)NULL)

/* Frees out_text and err_text (a teardown's job). */
void said_free(void);

#endif
