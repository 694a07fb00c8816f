// SPDX-License-Identifier: MIT
#include "nangoformpart_p.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

NangoFormPart::NangoFormPart(QWidget *form, QVBoxLayout *layout)
    : QObject(form)
    , m_form(form)
{
    // The inline error, in the spirit of KMessageWidget: palette colours only.
    m_error = new QLabel(form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Highlight);
    m_error->setAutoFillBackground(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    m_submit = new QPushButton(tr("&Connect", "@action:button"), form);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_submit->setAccessibleName(tr("Connect"));
    layout->addWidget(m_submit, 0, Qt::AlignRight);
}

QString NangoFormPart::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NangoFormPart::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->show();
}

void NangoFormPart::clearError()
{
    m_error->clear();
    m_error->hide();
}

void NangoFormPart::run(const NangoAuthOptions &options)
{
    if (m_flow)
        return;
    if (!auth) {
        showError(tr("This form is not connected to a NangoAuth object."));
        return;
    }
    clearError();
    NangoAuthFlow *flow = auth->auth(integrationId, connectionId, options);
    connect(flow, &NangoAuthFlow::succeeded, this, [this](const QString &key, const QString &id) {
        setBusy(nullptr);
        Q_EMIT succeeded(key, id);
    });
    connect(flow, &NangoAuthFlow::failed, this, [this](const QString &type, const QString &message) {
        setBusy(nullptr);
        showError(message);
        Q_EMIT failed(type, message);
    });
    setBusy(flow);
}

void NangoFormPart::setBusy(NangoAuthFlow *flow)
{
    const bool wasBusy = isBusy();
    m_flow = flow;
    const bool busy = isBusy();
    // Fields and button are disabled while the request runs; the button says so.
    for (QWidget *child : m_form->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_error)
            child->setEnabled(!busy);
    }
    m_submit->setText(busy ? tr("Connecting…", "@action:button") : tr("&Connect", "@action:button"));
    m_form->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (wasBusy != busy)
        Q_EMIT busyChanged(busy);
}
