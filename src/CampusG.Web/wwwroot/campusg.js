// The few things the server cannot know about the browser.
window.campusg = {
    // The browser's time zone, so times read as the reader's local time.
    timeZone: () => ({ id: Intl.DateTimeFormat().resolvedOptions().timeZone, offsetMinutes: -new Date().getTimezoneOffset() }),
};
