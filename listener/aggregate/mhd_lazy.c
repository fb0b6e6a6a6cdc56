/* libmicrohttpd, loaded on first use.  Linked normally, it pulls in
 * GnuTLS, whose constructors cost about 4 ms at every start of iomon
 * (measured: an empty program linked with -lmicrohttpd starts in 6.2 ms,
 * without it in 2.5 ms), although only --prometheus ever serves HTTP.
 * These definitions stand in for the few functions prometheus.c calls:
 * the first one loads the library, and each forwards to the real one.
 * If the library cannot be loaded, the daemon does not start (as when the
 * port is taken), and the rest are never reached. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <microhttpd.h>

static void *mhd_lib(void)
{
    static void *lib;
    if (!lib) {
        lib = dlopen("libmicrohttpd.so.12", RTLD_NOW | RTLD_LOCAL);
        if (!lib)
            fprintf(stderr, "iomon: cannot load libmicrohttpd: %s\n",
                    dlerror());
    }
    return lib;
}

static void *mhd_sym(const char *name)
{
    void *lib = mhd_lib();
    return lib ? dlsym(lib, name) : NULL;
}

/* The real function `name` as a pointer of type `type`, looked up once. */
#define MHD_REAL(type, name)                                                \
    static type real_;                                                      \
    if (!real_)                                                             \
        real_ = (type)mhd_sym(name)

typedef struct MHD_Daemon *(*start_va_fn)(unsigned, uint16_t,
                                          MHD_AcceptPolicyCallback, void *,
                                          MHD_AccessHandlerCallback, void *,
                                          va_list);

struct MHD_Daemon *MHD_start_daemon(unsigned int flags, uint16_t port,
                                    MHD_AcceptPolicyCallback apc,
                                    void *apc_cls,
                                    MHD_AccessHandlerCallback dh,
                                    void *dh_cls, ...)
{
    MHD_REAL(start_va_fn, "MHD_start_daemon_va");
    if (!real_)
        return NULL;
    va_list ap;
    va_start(ap, dh_cls);
    struct MHD_Daemon *d = real_(flags, port, apc, apc_cls, dh, dh_cls, ap);
    va_end(ap);
    return d;
}

typedef void (*stop_fn)(struct MHD_Daemon *);

void MHD_stop_daemon(struct MHD_Daemon *daemon)
{
    MHD_REAL(stop_fn, "MHD_stop_daemon");
    if (real_)
        real_(daemon);
}

typedef const union MHD_DaemonInfo *(*info_fn)(struct MHD_Daemon *,
                                               enum MHD_DaemonInfoType, ...);

/* Forwards no variadic arguments: no info type iomon asks for takes any
 * (MHD_DAEMON_INFO_BIND_PORT). */
const union MHD_DaemonInfo *MHD_get_daemon_info(struct MHD_Daemon *daemon,
                                                enum MHD_DaemonInfoType type,
                                                ...)
{
    MHD_REAL(info_fn, "MHD_get_daemon_info");
    return real_ ? real_(daemon, type) : NULL;
}

typedef struct MHD_Response *(*create_fn)(size_t, void *,
                                          enum MHD_ResponseMemoryMode);

struct MHD_Response *MHD_create_response_from_buffer(
    size_t size, void *buffer, enum MHD_ResponseMemoryMode mode)
{
    MHD_REAL(create_fn, "MHD_create_response_from_buffer");
    return real_ ? real_(size, buffer, mode) : NULL;
}

typedef enum MHD_Result (*header_fn)(struct MHD_Response *, const char *,
                                     const char *);

enum MHD_Result MHD_add_response_header(struct MHD_Response *response,
                                        const char *header,
                                        const char *content)
{
    MHD_REAL(header_fn, "MHD_add_response_header");
    return real_ ? real_(response, header, content) : MHD_NO;
}

typedef enum MHD_Result (*queue_fn)(struct MHD_Connection *, unsigned int,
                                    struct MHD_Response *);

enum MHD_Result MHD_queue_response(struct MHD_Connection *connection,
                                   unsigned int status_code,
                                   struct MHD_Response *response)
{
    MHD_REAL(queue_fn, "MHD_queue_response");
    return real_ ? real_(connection, status_code, response) : MHD_NO;
}

typedef const char *(*lookup_fn)(struct MHD_Connection *, enum MHD_ValueKind,
                                 const char *);

const char *MHD_lookup_connection_value(struct MHD_Connection *connection,
                                        enum MHD_ValueKind kind,
                                        const char *key)
{
    MHD_REAL(lookup_fn, "MHD_lookup_connection_value");
    return real_ ? real_(connection, kind, key) : NULL;
}

typedef void (*destroy_fn)(struct MHD_Response *);

void MHD_destroy_response(struct MHD_Response *response)
{
    MHD_REAL(destroy_fn, "MHD_destroy_response");
    if (real_)
        real_(response);
}
