// protocol::decodeBatchResult: bytes from the network (PROTOCOL.md).
#include "wire_roundtrip.h"

JIUJIN_FUZZ_TARGET(batch_result)
{
    return jiujin::fuzz::wireRoundTrip(jiujin::fuzz::bytes(data, size), [](QByteArrayView in) {
        return jiujin::protocol::decodeBatchResult(in);
    });
}
