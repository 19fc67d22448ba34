// protocol::decodeSignedSlots and decodeSlotList: the 200 body of GET /v1/slots and the slots
// text inside it, bytes from the network (PROTOCOL.md, "Booking"). The input is tried as a whole
// body (then its text) and as a bare text.
#include "slots.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(slot_list)
{
    using namespace jiujin;
    const QByteArrayView in = fuzz::bytes(data, size);
    fuzz::wireRoundTrip(in, [](QByteArrayView b) { return protocol::decodeSignedSlots(b); });
    if (auto body = protocol::decodeSignedSlots(in); body.ok())
        fuzz::wireRoundTrip(QByteArrayView(body->text),
                            [](QByteArrayView t) { return protocol::decodeSlotList(t); });
    return fuzz::wireRoundTrip(in, [](QByteArrayView t) { return protocol::decodeSlotList(t); });
}
