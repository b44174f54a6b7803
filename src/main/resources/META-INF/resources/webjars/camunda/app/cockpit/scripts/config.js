// Cockpit configuration of this service (served instead of the webjar's empty config.js): the header and the page
// title read "NATO Civilian Recruitment Cockpit", not "Camunda Cockpit".
export default {
  app: {
    name: 'Cockpit',
    vendor: 'NATO Civilian Recruitment'
  }
};
