// protocol::decodeHeartbeat: bytes from the network (PROTOCOL.md).
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(heartbeat)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeHeartbeat(in);
    });
}
