/* A stand-in for libQt6Quick.so.6, which the app never uses but Qt's FFmpeg media plugin links.
 * The plugin takes two things from it, both for capturing a Qt Quick window (QWindowCapture):
 * QQuickWindow's meta-object, to ask whether a window is a Quick one (it only compares its
 * address, so zeros do), and QQuickWindow::grabWindow(), called only for such a window, which
 * this app never has. The real library and the Qt Qml libraries behind it are 16.5 MB.
 * Built by packaging/linux/slim/slim_bundle.py; symbols and version node as in Qt 6. */

/* QMetaObject is seven pointers in Qt 6 (its `d` member). */
__attribute__((visibility("default"))) const void *_ZN12QQuickWindow16staticMetaObjectE[7] = {0};

/* QImage::QImage(), from libQt6Gui. */
extern void _ZN6QImageC1Ev(void *image);

/* QImage QQuickWindow::grabWindow(): an empty image, as when a grab fails. Itanium C++ ABI: the
 * result is built in the caller's slot, passed before `this`, and its address returned. */
__attribute__((visibility("default"))) void *_ZN12QQuickWindow10grabWindowEv(void *result, void *window) {
    (void)window;
    _ZN6QImageC1Ev(result);
    return result;
}
