// protocol::decodeLeaseRequest: the body of POST /v1/leases, bytes from the network.
#include "slots.h"
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(lease_request)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeLeaseRequest(in);
    });
}
