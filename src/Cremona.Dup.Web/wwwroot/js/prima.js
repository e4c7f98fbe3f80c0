// Runs before the Bootstrap Italia bundle (scripts with "defer" run in document order). The bundle includes video.js,
// which adds a <style> element at load unless told not to: the CSP (style-src 'self') refuses inline styles, and the
// app shows no video.
window.VIDEOJS_NO_DYNAMIC_STYLE = true;
