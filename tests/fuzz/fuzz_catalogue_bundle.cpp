// parseCatalogueBundle: a catalogue bundle as downloaded from central (db/seed/FORMAT.md).
#include "cataloguebundle.h"
#include "fuzz.h"

JIUJIN_FUZZ_TARGET(catalogue_bundle)
{
    auto snapshot = jiujin::parseCatalogueBundle(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!snapshot)
        FUZZ_CHECK(!snapshot.error().message.isEmpty());
    return 0;
}
