#include "uploads.h"

#include "jsonfields.h"

#include <QCryptographicHash>

namespace jiujin::protocol {

namespace {

using json::compact;
using json::Fields;
using json::invalid;

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Result<qint64> uploadLength(const Fields &f)
{
    auto length = f.count("length");
    if (!length)
        return length.error();
    if (length.value() < 1 || length.value() > maxUploadLength)
        return invalid(f.path("length"), "not from 1 to 16 MiB");
    return length.value();
}

} // namespace

AttachmentRef AttachmentRef::of(QByteArrayView sealed)
{
    return {QCryptographicHash::hash(sealed, QCryptographicHash::Sha256), qint64(sealed.size())};
}

QJsonObject toJson(const AttachmentRef &ref)
{
    return QJsonObject{{QStringLiteral("sha256"), hex(ref.sha256)},
                       {QStringLiteral("length"), ref.length}};
}

Result<AttachmentRef> decodeAttachmentRef(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, "not an object");
    const Fields f(value.toObject(), path);
    AttachmentRef ref;
    auto sha = f.sha256Hex("sha256");
    if (!sha)
        return sha.error();
    ref.sha256 = sha.value();
    auto length = uploadLength(f);
    if (!length)
        return length.error();
    ref.length = length.value();
    return ref;
}

QByteArray encode(const UploadCreate &create)
{
    return compact(QJsonObject{{QStringLiteral("length"), create.length},
                               {QStringLiteral("sha256"), hex(create.sha256)}});
}

Result<UploadCreate> decodeUploadCreate(QByteArrayView json)
{
    auto fields = Fields::ofBody(json, maxSmallBodyBytes);
    if (!fields)
        return fields.error();
    const Fields &f = fields.value();
    UploadCreate c;
    auto length = uploadLength(f);
    if (!length)
        return length.error();
    c.length = length.value();
    auto sha = f.sha256Hex("sha256");
    if (!sha)
        return sha.error();
    c.sha256 = sha.value();
    return c;
}

QByteArray uploadPath(const QString &uuid, qsizetype index)
{
    return "/v1/uploads/" + uuid.toLatin1() + '/' + QByteArray::number(index);
}

} // namespace jiujin::protocol
