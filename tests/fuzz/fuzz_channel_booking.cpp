// protocol::decodeChannelBookingRequest and decodeChannelBookingResponse: POST
// /v1/channel/bookings from another channel (bearer token, no client certificate) and its answer.
#include "slots.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(channel_booking)
{
    using namespace jiujin;
    const QByteArrayView in = fuzz::bytes(data, size);
    fuzz::wireRoundTrip(in,
                        [](QByteArrayView b) { return protocol::decodeChannelBookingRequest(b); });
    return fuzz::wireRoundTrip(
        in, [](QByteArrayView b) { return protocol::decodeChannelBookingResponse(b); });
}
