/*
 * The physical limit of this stack: libmicrohttpd answering a fixed text body with no
 * application work at all. HocTap's figures in the benchmark table are read as a ratio
 * to this server's, measured in the same sitting, so the ratio does not depend on how
 * fast the machine happens to be that day.
 *
 * Same daemon mode as HocTap (see shared/design.md, "The libmicrohttpd boundary"):
 * one internal polling thread per core over epoll, no thread-per-connection.
 *
 * Build: cc -O2 hello.c $(pkg-config --cflags --libs libmicrohttpd) -o hello
 * Run:   ./hello PORT      (listens on 127.0.0.1 only; stops on SIGINT/SIGTERM)
 */
#include <microhttpd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char body[] = "Xin chao, HocTap!\n";

/* A marker stored in *con_cls on the first call; any non-NULL address would do. */
static int seen_marker;

static enum MHD_Result answer(void *cls, struct MHD_Connection *connection, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls) {
    (void)url; (void)method; (void)version; (void)upload_data;
    struct MHD_Response *response = cls;
    /* MHD 0.9.75 answers "Connection: close" when a response is queued on the first call,
     * which would turn the benchmark into a connection-setup benchmark. So the first call
     * only marks the request; the response is queued on the second. */
    if (*con_cls == NULL) {
        *con_cls = &seen_marker;
        return MHD_YES;
    }
    *upload_data_size = 0; /* discard any body: requests here are GETs */
    return MHD_queue_response(connection, MHD_HTTP_OK, response);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]);
    if (port <= 0 || port > 65535) {
        fprintf(stderr, "bad port: %s\n", argv[1]);
        return 2;
    }
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (cores < 1) cores = 1;

    /* One shared, immutable response: MHD reference-counts it, so every thread can queue it. */
    struct MHD_Response *response =
        MHD_create_response_from_buffer(sizeof body - 1, (void *)body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain; charset=utf-8");

    /* Bind to loopback only: the benchmark never sends traffic off the machine. */
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_port = htons((uint16_t)port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    /* Block the stop signals before MHD starts its threads so that only sigwait sees them. */
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, NULL);

    struct MHD_Daemon *daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, (uint16_t)port, NULL, NULL,
        &answer, response,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)cores,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address,
        MHD_OPTION_CONNECTION_LIMIT, 4096u,
        MHD_OPTION_END);
    if (daemon == NULL) {
        fprintf(stderr, "hello: could not start on 127.0.0.1:%d\n", port);
        return 1;
    }
    fprintf(stderr, "hello: listening on 127.0.0.1:%d with %ld threads\n", port, cores);

    int received = 0;
    sigwait(&signals, &received);
    MHD_stop_daemon(daemon);
    MHD_destroy_response(response);
    return 0;
}
