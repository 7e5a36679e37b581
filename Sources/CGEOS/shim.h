// GEOS C API, reentrant functions only (the `_r` family; geos_c.h hides the
// rest when GEOS_USE_ONLY_R_API is defined).
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
