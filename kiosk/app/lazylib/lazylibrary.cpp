#include "lazylibrary.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

extern "C" void *jiujin_lazy_resolve(jiujin::LazyLibrary *library, unsigned index)
{
    std::call_once(library->opened, [library] {
        // RTLD_GLOBAL: the same objects a link-time dependency would have made visible.
        void *handle = dlopen(library->soname, RTLD_NOW | RTLD_GLOBAL);
        if (!handle) {
            std::fprintf(stderr, "jiujin-kiosk: cannot open %s: %s\n", library->soname, dlerror());
            std::abort();
        }
        library->handle.store(handle, std::memory_order_release);
    });
    void *handle = library->handle.load(std::memory_order_acquire);
    void *function = dlsym(handle, library->names[index]);
    if (!function) {
        std::fprintf(stderr, "jiujin-kiosk: %s has no function %s\n", library->soname,
                     library->names[index]);
        std::abort();
    }
    __atomic_store_n(&library->slots[index], function, __ATOMIC_RELEASE);
    return function;
}
