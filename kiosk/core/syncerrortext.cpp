#include "syncerrortext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jiujin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jiujin::SyncErrorText", text);
}

std::optional<int> httpStatus(const QString &raw)
{
    static const QRegularExpression status(QStringLiteral("\\bHTTP ([1-5][0-9][0-9])\\b"));
    const QRegularExpressionMatch m = status.match(raw);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

} // namespace

std::optional<int> SyncErrorText::curlCode(const QString &raw)
{
    static const QRegularExpression curl(QStringLiteral("\\(curl ([0-9]{1,3})[):]"));
    const QRegularExpressionMatch m = curl.match(raw);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

QString SyncErrorText::code(const QString &raw)
{
    if (const auto curl = curlCode(raw))
        return QStringLiteral("curl %1").arg(*curl);
    if (const auto status = httpStatus(raw))
        return QStringLiteral("HTTP %1").arg(*status);
    return {};
}

QString SyncErrorText::explain(const QString &raw, bool clockWrong)
{
    if (raw.isEmpty())
        return {};
    if (clockWrong)
        return tr("本机时钟不对：请校准本机时间（jiujinctl doctor 会说明）");
    if (const auto curl = curlCode(raw)) {
        // libcurl's CURLcode numbers (curl/curl.h); they are part of its stable ABI.
        switch (*curl) {
        case 5: // CURLE_COULDNT_RESOLVE_PROXY
        case 6: // CURLE_COULDNT_RESOLVE_HOST
            return tr("找不到平台的地址（域名解析失败）：检查网络是否接通和 DNS 设置");
        case 7: // CURLE_COULDNT_CONNECT
            return tr("连不上平台：检查网线或 4G 信号；信号正常时请联系平台管理员");
        case 28: // CURLE_OPERATION_TIMEDOUT (also "Operation too slow")
            return tr("网络中断或信号弱：检查 4G 信号");
        case 18: // CURLE_PARTIAL_FILE
        case 52: // CURLE_GOT_NOTHING
        case 55: // CURLE_SEND_ERROR
        case 56: // CURLE_RECV_ERROR
            return tr("连接中途断开：检查 4G 信号，本机会自动重试");
        case 35: // CURLE_SSL_CONNECT_ERROR: the handshake, often a refused client certificate
            return tr("与平台的加密连接没有建立：本机证书可能被拒绝，请运行 jiujinctl doctor");
        case 51: // CURLE_PEER_FAILED_VERIFICATION (older numbering)
        case 60: // CURLE_PEER_FAILED_VERIFICATION
            return tr("平台证书错误：核对平台地址，运行 jiujinctl doctor");
        case 90: // CURLE_SSL_PINNEDPUBKEYNOTMATCH
            return tr("平台证书与本机记录的不符：核对平台地址；平台换过密钥时重新运行 jiujinctl "
                      "enroll");
        case 53: // CURLE_SSL_ENGINE_NOTFOUND
        case 58: // CURLE_SSL_CERTPROBLEM
        case 59: // CURLE_SSL_CIPHER
        case 66: // CURLE_SSL_ENGINE_INITFAILED
        case 77: // CURLE_SSL_CACERT_BADFILE
        case 80: // CURLE_SSL_SHUTDOWN_FAILED
        case 83: // CURLE_SSL_ISSUER_ERROR
            return tr("本机证书文件有问题：运行 jiujinctl doctor");
        default:
            return tr("网络出错：运行 jiujinctl doctor 查看原因");
        }
    }
    if (const auto status = httpStatus(raw)) {
        if (*status == 401 || *status == 403)
            return tr("平台拒绝了本机（证书失效或设备已停用）：运行 jiujinctl doctor");
        if (*status == 408 || *status == 429 || *status >= 500)
            return tr("平台暂时忙或在维护：本机会自动重试");
        return tr("平台没有接受本机的请求：运行 jiujinctl doctor，把错误原文告诉平台管理员");
    }
    return tr("与平台交换数据出错：本机会自动重试；一直出现时请运行 jiujinctl doctor");
}

} // namespace jiujin
