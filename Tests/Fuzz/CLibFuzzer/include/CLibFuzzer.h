// libFuzzer used as a library (https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library):
// declared here so that Swift calls it with the C calling convention. Defined in the
// toolchain's libclang_rt.fuzzer_no_main, which only Tests/Fuzz/run.sh links.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
