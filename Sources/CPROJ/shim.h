// PROJ C API (proj.h) and the geodesic routines of GeographicLib's C port
// that PROJ ships (geodesic.h).
#include <proj.h>
#include <geodesic.h>
