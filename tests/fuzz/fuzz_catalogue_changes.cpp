// protocol::decodeCatalogueChanges: bytes from the network (PROTOCOL.md). The input is tried as a
// 200 body and, itself and the text a body carries, as a change set.
#include "cataloguechanges.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(catalogue_changes)
{
    using namespace jiujin;
    const QByteArrayView in = fuzz::bytes(data, size);
    fuzz::wireRoundTrip(in, [](QByteArrayView b) { return protocol::decodeCatalogueChanges(b); });
    fuzz::wireRoundTrip(in, [](QByteArrayView t) { return protocol::decodeCatalogueChangeSet(t); });
    if (auto body = protocol::decodeCatalogueChanges(in)) {
        fuzz::wireRoundTrip(QByteArrayView(body->changes),
                            [](QByteArrayView t) { return protocol::decodeCatalogueChangeSet(t); });
    }
    return 0;
}
