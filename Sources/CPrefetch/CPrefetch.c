// The target is its header (CPrefetch.h); SwiftPM needs one source file to build a C target.
#include "CPrefetch.h"
