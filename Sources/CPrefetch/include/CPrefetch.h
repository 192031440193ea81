// A cache prefetch hint, which Swift cannot spell: it starts loading the line holding `address`
// and retires at once, so lookups issued several steps ahead of their use overlap their cache
// misses without stalling on them. A hint only: an address that is not mapped is ignored.
#ifndef LEDE_CPREFETCH_H
#define LEDE_CPREFETCH_H

static inline void lede_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
