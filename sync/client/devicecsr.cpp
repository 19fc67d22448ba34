#include "devicecsr.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace jiujin::devicecsr {

Result<QByteArray> make(EVP_PKEY *key)
{
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> req(X509_REQ_new(), &X509_REQ_free);
    if (!req || !X509_REQ_set_version(req.get(), 0))
        return Error{Error::Io, QStringLiteral("cannot make a CSR")};
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("jiujin-kiosk"), -1, -1, 0);
    if (!X509_REQ_set_pubkey(req.get(), key) || !X509_REQ_sign(req.get(), key, EVP_sha256()))
        return Error{Error::Io, QStringLiteral("cannot sign the CSR")};
    std::unique_ptr<BIO, decltype(&BIO_free_all)> out(BIO_new(BIO_s_mem()), &BIO_free_all);
    if (!out || !PEM_write_bio_X509_REQ(out.get(), req.get()))
        return Error{Error::Io, QStringLiteral("cannot write the CSR")};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(size));
}

QString commonName(X509 *cert)
{
    char cn[256] = {};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn) < 0)
        return {};
    return QString::fromUtf8(cn);
}

} // namespace jiujin::devicecsr
