// libqrencode: the QR code matrix behind the self check-in screen (rendered to SVG in Swift).
#include <qrencode.h>
