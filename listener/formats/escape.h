/* Writing untrusted bytes (paths, command lines) into structured output. */
#ifndef IOMON_ESCAPE_H
#define IOMON_ESCAPE_H

#include <stddef.h>
#include <stdint.h>

#include "formats/out.h"

/* A JSON string, quotes included.  Valid UTF-8 passes through; each byte
 * that is not part of valid UTF-8 becomes \udcXX (the surrogateescape
 * convention), so the exact bytes can be recovered. */
void escape_json(struct out *o, const uint8_t *s, size_t n);
/* An RFC 4180 field: quoted (with "" for ") when it holds a comma, quote,
 * CR or LF, raw otherwise. */
void escape_csv(struct out *o, const uint8_t *s, size_t n);
/* The same, for a value cut short: "..." ends it, inside the quotes. */
void escape_json_cut(struct out *o, const uint8_t *s, size_t n, int cut);
void escape_csv_cut(struct out *o, const uint8_t *s, size_t n, int cut);
/* For people: control bytes and invalid UTF-8 become \xNN, backslash \\. */
void escape_text(struct out *o, const uint8_t *s, size_t n);
/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid. */
size_t utf8_seq_len(const uint8_t *s, size_t n);

#endif
