// The few things the server cannot know about the browser.
window.campusg = {
    // The browser's time zone, so times read as the reader's local time.
    timeZone: () => ({ id: Intl.DateTimeFormat().resolvedOptions().timeZone, offsetMinutes: -new Date().getTimezoneOffset() }),

    // The device's position for a rider who is online or delivering: {status: "ok", lat, lng, accuracyM}, or a status
    // saying why not ("unavailable", "denied", "prompt": not asked, "timeout"). The browser is asked to prompt only when
    // `ask` (the rider just chose to share it); a prompt left unanswered or a slow fix ends after 15 s.
    position: async (ask) => {
        if (!("geolocation" in navigator)) {
            return { status: "unavailable" };
        }
        try {
            const permission = navigator.permissions ? (await navigator.permissions.query({ name: "geolocation" })).state : "prompt";
            if (permission === "denied" || (permission === "prompt" && !ask)) {
                return { status: permission };
            }
        } catch {
            // No Permissions API for geolocation: asking is the only way to know.
        }
        return await new Promise(resolve => {
            const late = setTimeout(() => resolve({ status: "timeout" }), 15000);
            navigator.geolocation.getCurrentPosition(
                p => { clearTimeout(late); resolve({ status: "ok", lat: p.coords.latitude, lng: p.coords.longitude, accuracyM: p.coords.accuracy }); },
                e => { clearTimeout(late); resolve({ status: e.code === 1 ? "denied" : "unavailable" }); },
                { enableHighAccuracy: true, timeout: 12000, maximumAge: 10000 });
        });
    },
};
