#include "qrimageprovider.h"

#include "receiptwriter.h"

#include <QUrl>

namespace jiujin {

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    QImage image = qrImage(text, 1);
    if (!image.isNull() && requestedSize.width() > 0) {
        // Whole modules only, so the code stays sharp enough to scan from the screen.
        const int module = std::max(1, requestedSize.width() / image.width());
        image = qrImage(text, module);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace jiujin
