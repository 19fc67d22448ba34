#include "suite.h"

#include <openssl/evp.h>

namespace jiujin::protocol {

QString suiteName(Suite suite)
{
    switch (suite) {
    case Suite::Intl:
        return QStringLiteral("intl");
    case Suite::Gm:
        return QStringLiteral("gm");
    }
    return {};
}

std::optional<Suite> suiteFromName(QStringView name)
{
    if (name == u"intl")
        return Suite::Intl;
    if (name == u"gm")
        return Suite::Gm;
    return std::nullopt;
}

QByteArray digest(Suite suite, QByteArrayView data)
{
    const EVP_MD *md = suite == Suite::Gm ? EVP_sm3() : EVP_sha256();
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    if (!md || EVP_Digest(data.data(), size_t(data.size()),
                          reinterpret_cast<unsigned char *>(out.data()), &len, md, nullptr) != 1)
        return {};
    out.truncate(int(len));
    return out;
}

} // namespace jiujin::protocol
