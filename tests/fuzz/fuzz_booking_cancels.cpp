// protocol::decodeSignedBookingCancels and decodeBookingCancelList: the 200 body of
// GET /v1/bookings/cancels and the list text inside it, bytes from the network (PROTOCOL.md,
// "Bookings cancelled at central"). The input is tried as a whole body (then its text) and as a
// bare text. Entries left out as malformed are not re-encoded, so the count is not compared.
#include "bookingcancels.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(booking_cancels)
{
    using namespace jiujin;
    const QByteArrayView in = fuzz::bytes(data, size);
    const auto list = [](QByteArrayView t) {
        auto decoded = protocol::decodeBookingCancelList(t);
        if (decoded)
            decoded->malformed = 0;
        return decoded;
    };
    fuzz::wireRoundTrip(in,
                        [](QByteArrayView b) { return protocol::decodeSignedBookingCancels(b); });
    if (auto body = protocol::decodeSignedBookingCancels(in); body.ok())
        fuzz::wireRoundTrip(QByteArrayView(body->text), list);
    return fuzz::wireRoundTrip(in, list);
}
