// Admin configuration of this service (served instead of the webjar's empty config.js): the header and the page
// title read "NATO Civilian Recruitment Admin", not "Camunda Admin".
export default {
  app: {
    name: 'Admin',
    vendor: 'NATO Civilian Recruitment'
  }
};
