// protocol::decodeLeaseResponse: central's answer to POST /v1/leases, bytes from the network.
#include "slots.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(lease_response)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeLeaseResponse(in);
    });
}
