// protocol::decodeCaseChanges: bytes from the network (PROTOCOL.md, "Cases"). The input is tried
// as a 200 body and, itself and the text a body carries, as a change set.
#include "casechanges.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(case_changes)
{
    using namespace jiujin;
    const QByteArrayView in = fuzz::bytes(data, size);
    fuzz::wireRoundTrip(in, [](QByteArrayView b) { return protocol::decodeCaseChanges(b); });
    fuzz::wireRoundTrip(in, [](QByteArrayView t) { return protocol::decodeCaseChangeSet(t); });
    if (auto body = protocol::decodeCaseChanges(in)) {
        fuzz::wireRoundTrip(QByteArrayView(body->changes),
                            [](QByteArrayView t) { return protocol::decodeCaseChangeSet(t); });
    }
    return 0;
}
