#pragma once

// Shared libraries that jiujin-kiosk calls but its first frame does not need (libcrypto for
// sealing, libqrencode for the receipt's QR code), opened on the first call of any of their
// functions instead of by the dynamic linker before main() (docs/DESIGN.md §9c, eighth part).
//
// mklazylib.cmake writes, for each such library, an assembly file that defines every function the
// library exports as a two-instruction trampoline through a table of addresses: the first call of
// each function goes through jiujin_lazy_resolve(), which opens the library once (under a
// std::once_flag, from whichever thread calls first) and looks the function up; every later call
// jumps straight to it. The executable then has no undefined reference to the library, so
// -Wl,--as-needed drops it from its ELF NEEDED entries (tests/screens/kiosk-links.sh checks).
// A library or function missing at run time ends the program with a message naming it, as the
// dynamic linker would have at start.

#include <atomic>
#include <mutex>

namespace jiujin {

/** One lazily opened library, as mklazylib.cmake's generated file describes it. */
struct LazyLibrary
{
    const char *soname;         ///< what dlopen() is given, e.g. "libcrypto.so.3"
    const char *const *names;   ///< the functions, in table order
    void **slots;               ///< each function's address once looked up, else its resolver
    unsigned count;             ///< number of functions
    std::once_flag opened;      ///< dlopen() runs once
    std::atomic<void *> handle; ///< the library's handle once opened
};

} // namespace jiujin

/** Called by the generated trampolines (with every argument register saved): opens @p library if
 *  needed, stores the address of its function @p index in its slot and returns it. */
extern "C" void *jiujin_lazy_resolve(jiujin::LazyLibrary *library, unsigned index);
