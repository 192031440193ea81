// OpenBLAS's C interface. Debian installs it under a pkg-config include path.
#include <cblas.h>
