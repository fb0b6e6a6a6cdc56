/* zlib, loaded on first use, for the same reason as libmicrohttpd
 * (mhd_lazy.c): only a scrape that asks for gzip ever compresses, and
 * every start of iomon would map and bind it.  These stand in for the
 * four functions prometheus.c calls; if the library cannot be loaded,
 * deflateInit2_ fails and the scrape goes out plain. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <zlib.h>

static void *zlib_sym(const char *name)
{
    static void *lib;
    if (!lib)
        lib = dlopen("libz.so.1", RTLD_NOW | RTLD_LOCAL);
    return lib ? dlsym(lib, name) : NULL;
}

/* The real function `name` as a pointer of type `type`, looked up once. */
#define ZLIB_REAL(type, name)                                               \
    static type real_;                                                      \
    if (!real_)                                                             \
        real_ = (type)zlib_sym(name)

typedef int (*init2_fn)(z_streamp, int, int, int, int, int, const char *,
                        int);

int deflateInit2_(z_streamp strm, int level, int method, int window_bits,
                  int mem_level, int strategy, const char *version,
                  int stream_size)
{
    ZLIB_REAL(init2_fn, "deflateInit2_");
    return real_ ? real_(strm, level, method, window_bits, mem_level,
                         strategy, version, stream_size)
                 : Z_VERSION_ERROR;
}

typedef uLong (*bound_fn)(z_streamp, uLong);

/* Only called after deflateInit2_ succeeded, so the library is there. */
uLong deflateBound(z_streamp strm, uLong source_len)
{
    ZLIB_REAL(bound_fn, "deflateBound");
    return real_ ? real_(strm, source_len) : 0;
}

typedef int (*stream_fn)(z_streamp, int);

int deflate(z_streamp strm, int flush)
{
    ZLIB_REAL(stream_fn, "deflate");
    return real_ ? real_(strm, flush) : Z_STREAM_ERROR;
}

typedef int (*end_fn)(z_streamp);

int deflateEnd(z_streamp strm)
{
    ZLIB_REAL(end_fn, "deflateEnd");
    return real_ ? real_(strm) : Z_STREAM_ERROR;
}
