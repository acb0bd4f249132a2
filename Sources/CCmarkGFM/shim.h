// cmark-gfm and its GitHub extensions (tables). The extensions library ships no
// pkg-config file, so the module map links it by name.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
