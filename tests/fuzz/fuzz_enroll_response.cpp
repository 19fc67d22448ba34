// protocol::decodeEnrollResponse: bytes from the network (PROTOCOL.md).
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(enroll_response)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeEnrollResponse(in);
    });
}
