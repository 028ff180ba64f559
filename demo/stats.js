// A stand-in analytics script: sets its cookie and logs the page view.
document.cookie = '_demo_stats_id=' + Math.random().toString(36).slice(2) + '; path=/';
window.demoLog && window.demoLog('analytics: stats.js ran and set _demo_stats_id');
