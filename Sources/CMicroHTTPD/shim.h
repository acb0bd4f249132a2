// Shims for the parts of libmicrohttpd that Swift cannot import: the variadic
// MHD_start_daemon and the variadic info getters. No logic lives here beyond
// listing the options that were given.
#ifndef HOCTAP_CMICROHTTPD_SHIM_H
#define HOCTAP_CMICROHTTPD_SHIM_H

#include <stdint.h>
#include <stddef.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/select.h>
#include <microhttpd.h>

/// Starts a daemon with the options HocTap sets, passed as one MHD_OPTION_ARRAY.
static inline struct MHD_Daemon *hoctap_mhd_start(
    unsigned int flags,
    uint16_t port,
    const struct sockaddr *address,
    MHD_AccessHandlerCallback handler,
    void *handler_cls,
    MHD_RequestCompletedCallback completed,
    void *completed_cls,
    size_t (*unescape)(void *cls, struct MHD_Connection *connection, char *text),
    unsigned int thread_pool_size,
    unsigned int connection_limit,
    unsigned int per_ip_connection_limit,
    unsigned int connection_timeout_seconds,
    size_t connection_memory_limit,
    const char *tls_key_pem,
    const char *tls_certificate_pem)
{
    struct MHD_OptionItem options[12];
    size_t count = 0;
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_NOTIFY_COMPLETED, (intptr_t) completed, completed_cls };
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_UNESCAPE_CALLBACK, (intptr_t) unescape, NULL };
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_THREAD_POOL_SIZE, (intptr_t) thread_pool_size, NULL };
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_CONNECTION_LIMIT, (intptr_t) connection_limit, NULL };
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_PER_IP_CONNECTION_LIMIT, (intptr_t) per_ip_connection_limit, NULL };
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t) connection_timeout_seconds, NULL };
    options[count++] = (struct MHD_OptionItem) { MHD_OPTION_CONNECTION_MEMORY_LIMIT, (intptr_t) connection_memory_limit, NULL };
    if (address != NULL) {
        options[count++] = (struct MHD_OptionItem) { MHD_OPTION_SOCK_ADDR, 0, (void *) address };
    }
    if (tls_key_pem != NULL && tls_certificate_pem != NULL) {
        flags |= MHD_USE_TLS;
        options[count++] = (struct MHD_OptionItem) { MHD_OPTION_HTTPS_MEM_KEY, 0, (void *) tls_key_pem };
        options[count++] = (struct MHD_OptionItem) { MHD_OPTION_HTTPS_MEM_CERT, 0, (void *) tls_certificate_pem };
    }
    options[count] = (struct MHD_OptionItem) { MHD_OPTION_END, 0, NULL };
    return MHD_start_daemon(flags, port, NULL, NULL, handler, handler_cls,
                            MHD_OPTION_ARRAY, options, MHD_OPTION_END);
}

/// The port the daemon listens on (useful after binding port 0).
static inline uint16_t hoctap_mhd_bound_port(struct MHD_Daemon *daemon)
{
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info != NULL ? info->port : 0;
}

/// The client's socket address, or NULL.
static inline const struct sockaddr *hoctap_mhd_client_address(struct MHD_Connection *connection)
{
    const union MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    return info != NULL ? info->client_addr : NULL;
}

#endif
